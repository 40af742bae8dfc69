/**
 * The professional-learning screens: the termly booklet of programmes (a page and a PDF), one
 * programme with its registrations and their CSV, editing a programme, and the approval queue of a
 * school's requests for programmes with a cost.
 */
package org.trustintranet.web.learning;
