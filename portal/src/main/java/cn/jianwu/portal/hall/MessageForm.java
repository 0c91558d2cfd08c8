package cn.jianwu.portal.hall;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import cn.jianwu.events.MessageKind;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.message.MessageSubmission;

/**
 * A message as typed on the portal's or the kiosk's form, kept as it was typed so that a
 * refused form comes back filled in. hall-service checks it (its limits are
 * {@link MessageSubmission}'s); the form only says what may be chosen.
 *
 * @param kind the kind's name, as chosen
 * @param subject the subject
 * @param body the text
 * @param name optional
 * @param phone optional
 * @param email optional
 * @param publicOk whether the writer agreed to publication
 * @param itemId the disclosure item an {@code ITEM_FEEDBACK} is about, from the item's
 * link
 * @param callId the open call a {@code CALL_RESPONSE} answers, from the call's page
 */
public record MessageForm(String kind, String subject, String body, String name, String phone, String email,
		boolean publicOk, String itemId, String callId) {

	/** The kinds anyone may choose without coming from an item or a call. */
	private static final List<MessageKind> GENERAL = List.of(MessageKind.CONSULTATION, MessageKind.SUGGESTION,
			MessageKind.COMPLAINT, MessageKind.REPORT);

	/**
	 * An empty form: the kind preselected when the link said one of the choices, or when
	 * there is only one.
	 */
	public static MessageForm blank(String kind, String itemId, String callId) {
		MessageForm form = new MessageForm(kind, null, null, null, null, null, false, clean(itemId), clean(callId));
		List<MessageKind> choices = form.choices();
		if (choices.size() == 1) {
			return form.withKind(choices.get(0).name());
		}
		return form.withKind(form.offered(form.chosenKind()) ? form.kind() : null);
	}

	/** The form as posted. */
	public static MessageForm posted(String kind, String subject, String body, String name, String phone, String email,
			String publicOk, String itemId, String callId) {
		return new MessageForm(kind, subject, body, name, phone, email, "true".equals(publicOk), clean(itemId),
				clean(callId));
	}

	/**
	 * The kinds this form offers: feedback on the item it came from, a response to the
	 * call it came from, or the general kinds.
	 */
	public List<MessageKind> choices() {
		if (uuid(this.callId) != null) {
			return List.of(MessageKind.CALL_RESPONSE);
		}
		if (uuid(this.itemId) != null) {
			return List.of(MessageKind.ITEM_FEEDBACK);
		}
		return GENERAL;
	}

	private boolean offered(MessageKind kind) {
		return kind != null && choices().contains(kind);
	}

	/** The chosen kind, or {@code null} when none of the known ones. */
	public MessageKind chosenKind() {
		return Stream.of(MessageKind.values())
			.filter((known) -> known.name().equals(this.kind))
			.findFirst()
			.orElse(null);
	}

	/** What is sent to hall-service; blank optional fields are sent as absent. */
	public MessageSubmission submission(SubmissionChannel channel) {
		MessageKind chosen = chosenKind();
		return new MessageSubmission(offered(chosen) ? chosen : null, strip(this.subject), this.body,
				blankToNull(this.name), blankToNull(this.phone), blankToNull(this.email), this.publicOk, channel,
				uuid(this.itemId), uuid(this.callId));
	}

	/** The longest subject, in characters. */
	public int subjectMax() {
		return MessageSubmission.SUBJECT_MAX;
	}

	/** The longest text, in characters. */
	public int bodyMax() {
		return MessageSubmission.BODY_MAX;
	}

	MessageForm withKind(String chosen) {
		return new MessageForm(chosen, this.subject, this.body, this.name, this.phone, this.email, this.publicOk,
				this.itemId, this.callId);
	}

	MessageForm withSubject(String text) {
		return new MessageForm(this.kind, text, this.body, this.name, this.phone, this.email, this.publicOk,
				this.itemId, this.callId);
	}

	private static UUID uuid(String value) {
		if (value == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(value.strip());
			return id.toString().equalsIgnoreCase(value.strip()) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** An id that is not one is dropped rather than carried along in a hidden field. */
	private static String clean(String id) {
		UUID parsed = uuid(id);
		return (parsed != null) ? parsed.toString() : null;
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
