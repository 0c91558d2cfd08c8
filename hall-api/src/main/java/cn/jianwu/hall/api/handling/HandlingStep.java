package cn.jianwu.hall.api.handling;

import java.time.Instant;

/**
 * One step of a message's handling, from its audit trail.
 *
 * @param action what was done
 * @param actor who did it (a username, or the platform's own label)
 * @param actorName their display name
 * @param at when
 * @param comment the department assigned, the approver's comment or the like; never the
 * writer's personal data
 */
public record HandlingStep(HandlingAction action, String actor, String actorName, Instant at, String comment) {

}
