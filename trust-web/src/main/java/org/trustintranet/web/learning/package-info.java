/**
 * The professional-learning screens (learning/): peer observation (the invitation form, "My
 * observations", one observation with both feedback forms, and the school admins' counts of
 * completed observations per school).
 */
package org.trustintranet.web.learning;
