/**
 * The news screens: the feed on the home page, a post's page (with its must-read acknowledgement
 * and, for its author and editors, the counts per school) and the page that writes and edits a
 * post. Thin beans, one per page, calling the news context's services.
 */
package org.trustintranet.web.news;
