/**
 * The networks' services (plain records in and out) and the read API other contexts use ({@code
 * NetworkMemberships}: which networks a person belongs to).
 */
package org.trustintranet.networks.application;
