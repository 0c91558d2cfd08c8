package cn.jianwu.portal.console.activity;

import java.util.List;
import java.util.stream.Stream;

import cn.jianwu.hall.api.activity.ActivityKind;
import cn.jianwu.hall.api.activity.ActivityRequest;
import cn.jianwu.hall.api.activity.Audience;
import cn.jianwu.hall.api.activity.Invitee;
import cn.jianwu.portal.console.booking.FormFields;

/**
 * A new activity as typed: times as the browser's {@code datetime-local} inputs give them
 * (the institution's local time, as hall-service takes them), the invitees one a line
 * ({@link InviteeLines}). The field names are the request's.
 */
record ActivityForm(String title, String kind, String description, String startsAt, String endsAt, String place,
		String capacity, String signUpOpensAt, String signUpClosesAt, String audience, String invitees) {

	static ActivityForm blank() {
		return new ActivityForm(null, ActivityKind.OPEN_DAY.name(), null, null, null, null, "30", null, null,
				Audience.PUBLIC.name(), null);
	}

	/**
	 * The request to send; what could not be read is in {@code fields}, and the request
	 * must not be sent then. Invitees go along only for an activity of invitees, which
	 * needs at least one.
	 */
	ActivityRequest request(FormFields fields) {
		Audience who = known(Audience.class, this.audience);
		List<Invitee> invited = List.of();
		if (who == Audience.INVITED) {
			InviteeLines lines = InviteeLines.parse(this.invitees);
			lines.errors().forEach((error) -> fields.reject("invitees", error));
			if (lines.errors().isEmpty() && lines.invitees().isEmpty()) {
				fields.reject("invitees", "仅限特邀人员报名的活动，请填写特邀人员名单。");
			}
			invited = lines.invitees();
		}
		return new ActivityRequest(FormFields.text(this.title), known(ActivityKind.class, this.kind),
				FormFields.text(this.description), fields.dateTime("startsAt", this.startsAt, "开始时间"),
				fields.dateTime("endsAt", this.endsAt, "结束时间"), FormFields.text(this.place),
				fields.number("capacity", this.capacity, "名额"),
				fields.dateTime("signUpOpensAt", this.signUpOpensAt, "报名开始时间"),
				fields.dateTime("signUpClosesAt", this.signUpClosesAt, "报名截止时间"), who, invited);
	}

	private static <E extends Enum<E>> E known(Class<E> type, String name) {
		return Stream.of(type.getEnumConstants()).filter((value) -> value.name().equals(name)).findFirst().orElse(null);
	}

}
