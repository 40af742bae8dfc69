/**
 * Networks and their members as entities that change only through named actions ({@code
 * NetworkMember.approve}, {@code Network.change}), the managed lists ({@code NetworkKind}, {@code
 * Joining}), who may do what ({@code NetworkPolicy}), the academic year a cohort lapses with
 * ({@code AcademicYear}) and the repository interface.
 */
package org.trustintranet.networks.domain;
