ROLES = []
TABLE = {}
