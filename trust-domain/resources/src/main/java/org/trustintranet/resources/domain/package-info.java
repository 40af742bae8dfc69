/**
 * Resources and their versions as entities that change only through named actions ({@code
 * Resource.revise}, {@code Resource.withdraw}), the managed lists of curriculum metadata ({@code
 * Subject}, {@code KeyStage}, {@code ResourceType}, {@code Licence}), who may do what ({@code
 * ResourcePolicy}), safe file names and the repository interface.
 */
package org.trustintranet.resources.domain;
