/**
 * What the screens may ask of the news context: the current user's feed, a post to read, a
 * must-read to acknowledge, posts to write and publish, acknowledgement counts per school. Records
 * in, records out; every method checks who may call it, and a post the caller may not read is
 * answered exactly as one that does not exist.
 */
package org.trustintranet.news.application;
