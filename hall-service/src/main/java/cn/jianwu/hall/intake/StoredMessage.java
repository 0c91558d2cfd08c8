package cn.jianwu.hall.intake;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.calendar.Deadlines;

/** A new {@code message} row: the text already without identifiers, the codes hashed. */
record StoredMessage(UUID id, String reference, byte[] trackingHash, byte[] checkHash, MessageKind kind,
		SubmissionChannel channel, String subject, String body, boolean publicOk, UUID itemId, UUID callId,
		InitialRouting routing, Instant receivedAt, Deadlines deadlines) {

}
