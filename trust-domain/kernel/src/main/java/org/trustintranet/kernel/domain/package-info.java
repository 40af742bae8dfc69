/**
 * Kernel value objects and rules: roles, the user's standing in each school, paging, the business
 * exception hierarchy and audit entries. Plain Java and JPA; no container needed to test them.
 */
package org.trustintranet.kernel.domain;
