package cn.jianwu.channel.bulletin.screens;

import java.util.List;

import cn.jianwu.events.Category;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A screen to register ({@code POST /screens/admin/screens}). The id becomes part of the
 * screen's address, so it is short, lower case and stable.
 */
record NewScreen(
		@NotBlank(message = "请填写显示屏编号") @Pattern(regexp = ID_PATTERN,
				message = "显示屏编号只能由小写字母、数字和连字符组成，以字母或数字开头，2至40个字符，例如 hall-1") String id,
		@NotBlank(message = "请填写显示屏名称") @Size(max = 50, message = "显示屏名称不能超过50个字") String name,
		@Size(max = 100, message = "安装位置不能超过100个字") String location,
		@NotEmpty(message = "请至少选择一个显示类别") List<@NotNull(message = "显示类别不能为空") Category> categories,
		@NotNull(message = "请填写每条信息的显示时长") @Min(value = 5, message = "每条信息至少显示5秒") @Max(value = 120,
				message = "每条信息最多显示120秒") Integer secondsPerItem) {

	static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

	/** {@code /screens/admin/...} is the registry itself. */
	static final String RESERVED_ID = "admin";

	@AssertFalse(message = "显示屏编号 admin 为系统保留，请换一个编号")
	boolean isReservedId() {
		return RESERVED_ID.equals(this.id);
	}

	ScreenSettings settings() {
		return new ScreenSettings(this.name, this.location, this.categories, this.secondsPerItem);
	}

}
