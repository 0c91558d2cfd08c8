package cn.jianwu.disclosure.attachment;

import java.time.Instant;

/**
 * An approver's confirmation that a file the redaction check could not read holds no
 * personal data left to remove.
 *
 * @param by the approver's username
 * @param reason what they looked at, in their words
 */
public record ManualCheck(String by, String reason, Instant at) {

}
