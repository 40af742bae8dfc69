/**
 * JPA and SQL for the resource library (its full-text search on each database), Apache Tika for
 * type detection and text extraction, thumbnails, the background jobs and the demo library.
 */
package org.trustintranet.resources.infrastructure;
