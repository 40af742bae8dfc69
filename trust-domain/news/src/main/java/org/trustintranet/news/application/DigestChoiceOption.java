package org.trustintranet.news.application;

/** How often a person gets the news digest, as the service API speaks of it. */
public enum DigestChoiceOption {
  NONE,
  DAILY,
  WEEKLY
}
