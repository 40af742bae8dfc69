/**
 * The staff networks' screens (networks/): "My networks" and the directory with its kind filter,
 * the trust admin's form that creates a network, and a network's page (its leads and members,
 * joining and leaving, and for its leads the requests, invitations, members and details).
 */
package org.trustintranet.web.networks;
