package cn.jianwu.hall.api.handling;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * The office marks a message as a duplicate of another ({@code .../merge}): it is
 * answered with that one.
 */
public record MergeRequest(@NotNull(message = "请选择要合并到的留言") UUID into) {

}
