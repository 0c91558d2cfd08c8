package cn.jianwu.hall.lookup;

import cn.jianwu.hall.api.message.MessageLookup;
import cn.jianwu.hall.api.message.MessageStatus;

/**
 * What the writer may see of a message: the department once one handles it, the
 * procedural answer once sent, the answer only once approved (until then the column holds
 * a draft), the referral of a message outside the remit; a merged message shows the
 * answer of the message it was merged into, once that one is answered.
 */
final class WriterView {

	private WriterView() {
	}

	static MessageLookup of(LookupRepository.StoredLookup message, LookupRepository.StoredLookup mergedInto) {
		LookupRepository.StoredLookup answered = (message.status() == MessageStatus.ANSWERED) ? message
				: (message.status() == MessageStatus.MERGED && mergedInto != null
						&& mergedInto.status() == MessageStatus.ANSWERED) ? mergedInto : null;
		return new MessageLookup(message.kind(), message.subject(), message.status(),
				(message.status() != MessageStatus.RECEIVED) ? message.department() : null, message.receivedAt(),
				message.acknowledgeBy(), message.answerBy(),
				(message.acknowledgement() != null) ? message.acknowledgedAt() : null,
				(message.acknowledgedAt() != null) ? message.acknowledgement() : null,
				(answered != null) ? answered.answeredAt() : null, (answered != null) ? answered.answer() : null,
				(message.status() == MessageStatus.REFERRED) ? message.referral() : null);
	}

}
