x yÿ
