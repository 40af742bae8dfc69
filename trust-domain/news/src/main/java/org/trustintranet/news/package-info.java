/**
 * The news context owns the trust's posts: what they say, who they are for (their {@code Audience})
 * and who has read and acknowledged them. It decides who may publish where and which posts a person
 * may read, and offers the screens a personal feed. People and schools are membership's: news knows
 * them only by id, through membership's application API; staff networks are networks': news asks
 * its application API ({@code NetworkMemberships}) who belongs to and leads a network now.
 */
package org.trustintranet.news;
