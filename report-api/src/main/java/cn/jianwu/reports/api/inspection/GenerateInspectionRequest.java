package cn.jianwu.reports.api.inspection;

import jakarta.validation.constraints.NotNull;

/**
 * Generates the draft of a half-year's report (or regenerates the figures of a draft).
 *
 * @param half the half-year inspected, {@code 2026H2}
 */
public record GenerateInspectionRequest(@NotNull(message = "请选择检查的半年度") HalfYear half) {

}
