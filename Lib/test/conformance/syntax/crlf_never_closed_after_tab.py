f(	
