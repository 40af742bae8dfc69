/**
 * Screens of professional learning (learning/): teaching profiles, suggested observation partners,
 * find expertise and the trust's focus areas; peer observation (the invitation form, "My
 * observations", one observation with both feedback forms, and the school admins' counts of
 * completed observations per school); the termly booklet of programmes (a page and a PDF), one
 * programme with its registrations and their CSV, editing a programme, and the approval queue of a
 * school's requests for programmes with a cost. Each bean calls the networks context's services.
 */
package org.trustintranet.web.learning;
