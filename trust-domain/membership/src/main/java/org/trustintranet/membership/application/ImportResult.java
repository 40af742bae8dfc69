package org.trustintranet.membership.application;

import java.io.Serializable;

/** What a staff import did: how many people it created and how many it changed. */
public record ImportResult(int created, int changed) implements Serializable {}
