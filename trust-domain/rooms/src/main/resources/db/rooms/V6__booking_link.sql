-- What a booking was made for, as a link its details show: a label and a path inside the intranet
-- (a network's session, /networks/session.xhtml?id=N), set by the context that booked the room.
ALTER TABLE booking ADD COLUMN link_label VARCHAR(200) NULL;
ALTER TABLE booking ADD COLUMN link_path VARCHAR(300) NULL;
