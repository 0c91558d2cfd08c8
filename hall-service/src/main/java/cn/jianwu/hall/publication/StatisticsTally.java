package cn.jianwu.hall.publication;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.publication.Figures;
import cn.jianwu.hall.api.publication.MessageStatistics;

/**
 * Adds a year's messages up into the published figures: each message counts in the year's
 * total, in its kind and in the month it was received. The average of working days is
 * over the answered messages whose days are known, to one decimal.
 */
final class StatisticsTally {

	private final int year;

	private final Sum total = new Sum();

	private final Map<MessageKind, Sum> byKind = new EnumMap<>(MessageKind.class);

	private final List<Sum> byMonth = new ArrayList<>(12);

	StatisticsTally(int year) {
		this.year = year;
		for (MessageKind kind : MessageKind.values()) {
			this.byKind.put(kind, new Sum());
		}
		for (int month = 1; month <= 12; month++) {
			this.byMonth.add(new Sum());
		}
	}

	/** Counts one message. */
	StatisticsTally add(Counted message) {
		this.total.add(message);
		this.byKind.get(message.kind()).add(message);
		this.byMonth.get(message.month() - 1).add(message);
		return this;
	}

	MessageStatistics statistics() {
		Map<MessageKind, Figures> kinds = new EnumMap<>(MessageKind.class);
		this.byKind.forEach((kind, sum) -> kinds.put(kind, sum.figures()));
		return new MessageStatistics(this.year, this.total.figures(), kinds,
				this.byMonth.stream().map(Sum::figures).toList());
	}

	/**
	 * A message as the figures see it.
	 *
	 * @param kind what it was about
	 * @param month the month of receipt, 1 to 12, in the institution's time zone
	 * @param answered whether it is answered (merged and referred ones count)
	 * @param withinLimit whether it was answered by its day
	 * @param workingDays working days from receipt to answer, {@code null} when open or
	 * unknown
	 */
	record Counted(MessageKind kind, int month, boolean answered, boolean withinLimit, Integer workingDays) {
	}

	private static final class Sum {

		private long received;

		private long answered;

		private long withinLimit;

		private long daysCounted;

		private long days;

		void add(Counted message) {
			this.received++;
			if (!message.answered()) {
				return;
			}
			this.answered++;
			if (message.withinLimit()) {
				this.withinLimit++;
			}
			if (message.workingDays() != null) {
				this.daysCounted++;
				this.days += message.workingDays();
			}
		}

		Figures figures() {
			double average = (this.daysCounted == 0) ? 0 : Math.round(10.0 * this.days / this.daysCounted) / 10.0;
			return new Figures(this.received, this.answered, this.withinLimit, average);
		}

	}

}
