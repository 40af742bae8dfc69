package org.trustintranet.networks.domain;

/** A colleague's place to watch an open classroom: booked, or given back. */
public enum VisitState {
  BOOKED,
  WITHDRAWN
}
