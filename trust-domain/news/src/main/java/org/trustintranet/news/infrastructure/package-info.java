/**
 * The JPA repository of the news context, its schema registration and the demo posts seeded with
 * the demo trust.
 */
package org.trustintranet.news.infrastructure;
