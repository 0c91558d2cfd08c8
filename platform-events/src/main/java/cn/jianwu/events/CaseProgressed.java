package cn.jianwu.events;

import java.time.LocalDate;

/**
 * A case reached a new procedural stage; it feeds notifications to authorised persons.
 */
public record CaseProgressed(String caseNumber, String stage, LocalDate date) implements PlatformEvent {

	@Override
	public String key() {
		return this.caseNumber;
	}

}
