package cn.jianwu.channel.bulletin.screens;

import java.util.List;

import cn.jianwu.events.Category;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What ADMIN sets for a screen ({@code PUT /screens/admin/screens/{id}}).
 */
record ScreenSettings(@NotBlank(message = "请填写显示屏名称") @Size(max = 50, message = "显示屏名称不能超过50个字") String name,
		@Size(max = 100, message = "安装位置不能超过100个字") String location,
		@NotEmpty(message = "请至少选择一个显示类别") List<@NotNull(message = "显示类别不能为空") Category> categories,
		@NotNull(message = "请填写每条信息的显示时长") @Min(value = 5, message = "每条信息至少显示5秒") @Max(value = 120,
				message = "每条信息最多显示120秒") Integer secondsPerItem) {

	List<Category> distinctCategories() {
		return this.categories.stream().distinct().sorted().toList();
	}

}
