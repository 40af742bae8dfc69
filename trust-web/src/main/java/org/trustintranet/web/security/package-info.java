/**
 * Form sign-in with Jakarta Security: a session-keeping form mechanism, the identity store over the
 * membership context's accounts, sign-out, and the HTTP security headers sent with every response.
 * Forged posts go nowhere: {@code PostbackGuard} refuses a postback whose view this server did not
 * render (or without the page's nonce), and {@code TrustExceptionHandler} ends every failed Faces
 * request on one of our error pages, naming no class.
 */
package org.trustintranet.web.security;
