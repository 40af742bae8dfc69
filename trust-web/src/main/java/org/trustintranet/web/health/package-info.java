/**
 * How the intranet behaves when its database is away: a short probe of the database, the
 * MicroProfile Health checks built on it (readiness follows the database, liveness does not), and
 * the filter that answers a 503 page instead of a 500 while the database does not answer.
 */
package org.trustintranet.web.health;
