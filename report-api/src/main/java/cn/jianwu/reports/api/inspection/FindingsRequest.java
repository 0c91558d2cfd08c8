package cn.jianwu.reports.api.inspection;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The supervision group's part of a draft: its findings and its rectification demands
 * (both replaced as a whole).
 *
 * @param findings the findings, plain text
 * @param demands the rectification demands
 */
public record FindingsRequest(@Size(max = 20000, message = "检查意见不超过20000字") String findings,
		@NotNull(message = "整改要求列表不能为空（可为空列表）") @Size(max = 100) List<@Valid RectificationDemand> demands) {

}
