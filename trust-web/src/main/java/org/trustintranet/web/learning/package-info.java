/**
 * Screens of professional learning (learning/): teaching profiles, suggested observation partners
 * and the trust's focus areas, each bean calling the networks context's services.
 */
package org.trustintranet.web.learning;
