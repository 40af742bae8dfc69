/**
 * Screens of professional learning (learning/): teaching profiles, suggested observation partners
 * and the trust's focus areas; the termly booklet of programmes (a page and a PDF), one programme
 * with its registrations and their CSV, editing a programme, and the approval queue of a school's
 * requests for programmes with a cost. Each bean calls the networks context's services.
 */
package org.trustintranet.web.learning;
