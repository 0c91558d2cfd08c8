package cn.jianwu.hall.api.publication;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.MessageKind;

/**
 * An answered message whose writer allowed publication
 * ({@code GET /api/public/messages}): the question and the answer after the platform's
 * redaction (names become surname + 某, identifiers are removed), and never the writer.
 *
 * @param id the message's id
 * @param kind what it was about
 * @param subject the subject, redacted
 * @param question the text, redacted
 * @param answer the answer, redacted
 * @param department who answered
 * @param receivedAt when it was received
 * @param answeredAt when it was answered
 */
public record PublicMessage(UUID id, MessageKind kind, String subject, String question, String answer,
		String department, Instant receivedAt, Instant answeredAt) {

}
