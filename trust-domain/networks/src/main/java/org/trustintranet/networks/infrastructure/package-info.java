/**
 * JPA for networks and their members, the schema's place in the migrations, and the demo networks.
 */
package org.trustintranet.networks.infrastructure;
