-- A network's shared resources: library resources linked by a lead. resource_id is a resource of
-- the library (another context), so it has no foreign key; the library says which ones a reader
-- may see, and the others are left out of the network's page.
CREATE TABLE network_resource (
    network_id    BIGINT         NOT NULL,
    resource_id   BIGINT         NOT NULL,
    added_by      BIGINT         NOT NULL,
    added_at      DATETIME(6)    NOT NULL,
    PRIMARY KEY (network_id, resource_id),
    CONSTRAINT fk_network_resource FOREIGN KEY (network_id) REFERENCES network (id)
);
