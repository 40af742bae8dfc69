package org.trustintranet.networks.domain;

/** A place at a session: one of its places, or waiting for one in the order people signed up. */
public enum PlaceState {
  BOOKED,
  WAITING
}
