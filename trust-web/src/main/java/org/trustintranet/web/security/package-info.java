/**
 * Form sign-in with Jakarta Security: a session-keeping form mechanism, the identity store over the
 * membership context's accounts, sign-out, and the HTTP security headers sent with every response.
 */
package org.trustintranet.web.security;
