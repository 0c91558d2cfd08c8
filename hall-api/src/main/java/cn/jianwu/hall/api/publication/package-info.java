/**
 * Answered messages and the yearly figures, as published
 * ({@code /api/public/messages/**}).
 */
package cn.jianwu.hall.api.publication;
