/**
 * The networks context owns staff networks across the trust's schools: phase and role networks
 * (such as first- and second-year headteachers), subject networks and hubs, with their leads and
 * members, and how people join them (openly, by request, by invitation). It decides who may create
 * a network (trust admins), who manages one (its leads) and who may join. People and schools are
 * membership's: networks knows them only by id, through membership's application API, and ends a
 * leaver's memberships when membership says they left.
 */
package org.trustintranet.networks;
