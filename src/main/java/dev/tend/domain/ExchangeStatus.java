package dev.tend.domain;

/** Whether an exchange is promised, done, or was declined (honestly, with a reason). */
public enum ExchangeStatus {
    PROMISED,
    DONE,
    DECLINED
}
