/**
 * The resources context owns the resource library: teaching resources that staff share across the
 * trust's schools (files in the kernel's file store, or links), their versions, curriculum
 * metadata, ratings, problem reports, the trust's quality badge and the search. It decides who may
 * see a resource (its school's staff, or all the trust's staff), who may change it (its owner, its
 * school's admins, trust admins) and who may quality-assure it (education officers). Schools and
 * people are membership's: resources knows them only by id, through membership's application API.
 */
package org.trustintranet.resources;
