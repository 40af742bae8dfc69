package org.trustintranet.membership.application;

/** What a staff import did: how many people it created and how many it changed. */
public record ImportResult(int created, int changed) {}
