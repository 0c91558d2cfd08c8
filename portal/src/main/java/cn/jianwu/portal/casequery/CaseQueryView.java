package cn.jianwu.portal.casequery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.jianwu.platform.institution.InstitutionProperties;

/**
 * A case's procedural information as the result pages show it, dates as people read them
 * (2026年11月20日).
 *
 * @param caseNumber 案号
 * @param caseName the case's published name
 * @param caseType the kind of case
 * @param department the handling department
 * @param acceptedAt the acceptance day
 * @param stage the current stage
 * @param stageDeadline the current stage's time limit
 * @param history the stages reached, oldest first
 */
public record CaseQueryView(String caseNumber, String caseName, String caseType, String department, String acceptedAt,
		String stage, String stageDeadline, List<Step> history) {

	public static CaseQueryView of(CaseInformation information, InstitutionProperties institution) {
		List<Step> history = information.events()
			.stream()
			.map((event) -> new Step(label(event.stage(), event.stageLabel()), day(event.date(), institution)))
			.toList();
		return new CaseQueryView(information.caseNumber(), information.caseName(), information.caseType(),
				information.department(), day(information.acceptedAt(), institution),
				label(information.stage(), information.stageLabel()), day(information.stageDeadline(), institution),
				history);
	}

	private static String label(String stage, String stageLabel) {
		return (stageLabel != null && !stageLabel.isBlank()) ? stageLabel : stage;
	}

	/** A day sent as 2026-11-20 or as a moment; anything else is shown as sent. */
	static String day(String value, InstitutionProperties institution) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return institution.date(LocalDate.parse(text));
		}
		catch (DateTimeParseException notADay) {
			try {
				return institution.date(OffsetDateTime.parse(text).toInstant());
			}
			catch (DateTimeParseException notAMoment) {
				try {
					return institution.date(Instant.parse(text));
				}
				catch (DateTimeParseException other) {
					return text;
				}
			}
		}
	}

	/** A stage reached on a day. */
	public record Step(String stage, String date) {
	}

}
