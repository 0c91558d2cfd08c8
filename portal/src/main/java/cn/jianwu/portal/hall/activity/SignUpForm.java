package cn.jianwu.portal.hall.activity;

import java.util.Locale;

import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.hall.api.activity.SignUpRequest;

/**
 * A sign-up as typed on the activity's page, kept as typed so that a refused form comes
 * back filled in; hall-service checks it ({@link SignUpRequest}'s patterns and limits).
 *
 * @param name the person
 * @param phone the phone
 * @param idLast4 the last four characters of the ID number
 * @param organisation optional: work unit or constituency
 */
public record SignUpForm(String name, String phone, String idLast4, String organisation) {

	/** An empty form. */
	public static SignUpForm blank() {
		return new SignUpForm(null, null, null, null);
	}

	/** What is sent to hall-service; blank fields are sent as absent. */
	public SignUpRequest request(SubmissionChannel channel) {
		String last4 = compact(this.idLast4);
		return new SignUpRequest(strip(this.name), compact(this.phone),
				(last4 != null) ? last4.toUpperCase(Locale.ROOT) : null, strip(this.organisation), channel);
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String compact(String text) {
		String stripped = strip(text);
		return (stripped != null) ? stripped.replaceAll("[\\s\\u3000]", "") : null;
	}

}
