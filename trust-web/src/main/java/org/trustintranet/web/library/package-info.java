/**
 * The resource library's screens (library/): the search with its filters and facet counts, sharing
 * files or a link, a resource's page (versions, ratings, problems, the quality badge), editing, "My
 * resources", and the servlet that streams a version's file or thumbnail.
 */
package org.trustintranet.web.library;
