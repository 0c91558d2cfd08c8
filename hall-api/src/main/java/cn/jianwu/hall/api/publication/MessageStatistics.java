package cn.jianwu.hall.api.publication;

import java.util.List;
import java.util.Map;

import cn.jianwu.events.MessageKind;

/**
 * A year's figures ({@code GET /api/public/messages/statistics?year=}), counted by the
 * day of receipt in the institution's time zone.
 *
 * @param year the year
 * @param total the whole year
 * @param byKind per kind (every kind, zeros included)
 * @param byMonth per month, January to December
 */
public record MessageStatistics(int year, Figures total, Map<MessageKind, Figures> byKind, List<Figures> byMonth) {

	public MessageStatistics {
		byKind = Map.copyOf(byKind);
		byMonth = List.copyOf(byMonth);
	}

}
