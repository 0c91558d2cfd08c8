package cn.jianwu.hall.api.call;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Staff open a call for opinions ({@code POST /api/hall/staff/calls}); its announcement
 * becomes a disclosure item that goes through the approval chain.
 *
 * @param title one line
 * @param body what the call is about, plain text
 * @param opensAt when responses are first taken
 * @param closesAt when they stop
 * @param questions optional questions the public is asked
 */
public record CallRequest(
		@NotBlank(message = "请填写征集标题") @Size(max = 100, message = "标题不能超过100个字") @SingleLine String title,
		@NotBlank(message = "请填写征集内容") @Size(max = 20000, message = "征集内容不能超过20000个字") String body,
		@NotNull(message = "请填写开始时间") Instant opensAt, @NotNull(message = "请填写截止时间") Instant closesAt,
		@Size(max = 20, message = "问题不能超过20个") List<@NotBlank(message = "问题不能为空") @Size(max = 500,
				message = "每个问题不能超过500个字") String> questions) {

	public CallRequest {
		questions = (questions != null) ? List.copyOf(questions) : List.of();
	}

}
