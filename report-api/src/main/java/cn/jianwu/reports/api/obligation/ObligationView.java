package cn.jianwu.reports.api.obligation;

import java.time.Instant;
import java.time.LocalDate;

import cn.jianwu.events.Category;

/**
 * One entry of the register.
 *
 * @param source SEED (the seed's list), STAFF (entered in the register) or INSPECTION (a
 * rectification demand)
 */
public record ObligationView(String id, String title, String department, Category category, String subKind,
		Frequency frequency, Integer dueMonth, Integer dueDay, Integer dueWithinDays, LocalDate dueDate, String source,
		String basis, boolean active, Instant createdAt) {

}
