package cn.jianwu.portal.console.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.hall.api.activity.Invitee;
import cn.jianwu.hall.api.activity.InviteeRole;
import cn.jianwu.hall.api.activity.SignUpRequest;

/**
 * The invitees of an activity as staff type or paste them, one a line: "姓名,电话,身份"
 * (commas, full-width commas, 、 or tabs between, so a column copied from a spreadsheet
 * works too). The role is one of {@link InviteeRole}'s labels (or names); left out, the
 * person is 其他特邀人员. Each line that cannot be read is named with what is wrong, without
 * repeating the person's details.
 *
 * @param invitees the lines that could be read
 * @param errors what is wrong, per line, in Chinese
 */
record InviteeLines(List<Invitee> invitees, List<String> errors) {

	InviteeLines {
		invitees = List.copyOf(invitees);
		errors = List.copyOf(errors);
	}

	static InviteeLines parse(String typed) {
		List<Invitee> invitees = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		if (typed == null) {
			return new InviteeLines(invitees, errors);
		}
		String[] lines = typed.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String where = "第" + (i + 1) + "行";
			String[] parts = line.split("\\s*[,，、\\t]\\s*");
			if (parts.length < 2 || parts.length > 3 || parts[0].isBlank()) {
				errors.add(where + "应为“姓名,电话,身份”。");
				continue;
			}
			String phone = parts[1].replace(" ", "");
			if (!phone.matches(SignUpRequest.PHONE_PATTERN)) {
				errors.add(where + "的电话号码不正确（应为手机号或带区号的固定电话）。");
				continue;
			}
			InviteeRole role = (parts.length == 3) ? role(parts[2]) : InviteeRole.OTHER;
			if (role == null) {
				errors.add(where + "的身份应为" + labels() + "之一。");
				continue;
			}
			invitees.add(new Invitee(parts[0], phone, role));
		}
		return new InviteeLines(invitees, errors);
	}

	/** The lines as staff typed them, to fill the form again. */
	static String format(List<Invitee> invitees) {
		return invitees.stream()
			.map((invitee) -> invitee.name() + "," + invitee.phone() + "," + invitee.role().label())
			.collect(Collectors.joining("\n"));
	}

	private static InviteeRole role(String typed) {
		String role = typed.strip();
		return Stream.of(InviteeRole.values())
			.filter((value) -> value.label().equals(role) || value.name().equalsIgnoreCase(role))
			.findFirst()
			.orElse(null);
	}

	private static String labels() {
		return Stream.of(InviteeRole.values()).map(InviteeRole::label).collect(Collectors.joining("、"));
	}

}
